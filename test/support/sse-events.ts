/** One server-sent event of a live test's stream: its name and its parsed JSON data. */
export interface LiveTestEvent {
  event: string;
  data: { name?: string; ok?: boolean; error?: { code: string } };
}

/** Reads a `text/event-stream` response to its end, one {@link LiveTestEvent} per block. */
export async function readEvents(response: Response): Promise<LiveTestEvent[]> {
  const events: LiveTestEvent[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return events;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)![1];
      events.push({ event, data: JSON.parse(/^data: (.+)$/m.exec(block)![1]) });
    }
  }
}
