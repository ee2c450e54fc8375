export { SchemaForm, FieldProblems } from './schema-form.js';
export {
  choose,
  chosen,
  describeForm,
  fieldKeys,
  flattenToOptions,
  getAt,
  problemsByField,
  REDACTED,
  setAt,
  type Config,
  type FormNode,
  type JsonSchema,
  type Problem,
} from './form-model.js';
