export { CHANGELOG_FORMATS, FLINK_FORMATS, type FlinkFormat, type FormatPrefix } from './format-names.js';
export { FORMAT_OPTIONS } from './format-options.js';
export { flinkFormatShape } from './format-shape.js';
export { flinkFormatRule, rawFormatColumnRule } from './format-rules.js';
