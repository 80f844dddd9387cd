/** The key a topic is matched by: case, accents and punctuation ignored ("System Design" = "system-design"). */
export function topicKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Distinct topics by key, first spelling kept, in the given order. */
export function normaliseTopics(labels: string[]): { topic: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const raw of labels) {
    const label = raw.trim().replace(/\s+/g, ' ');
    const topic = topicKey(label);
    if (topic && !seen.has(topic)) seen.set(topic, label);
  }
  return [...seen].map(([topic, label]) => ({ topic, label }));
}
