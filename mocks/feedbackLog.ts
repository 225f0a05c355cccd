/** Problem reports the mock feedback endpoint has received, newest last, for tests to inspect. */
export interface RecordedReport {
  receivedAt: string;
  report: unknown;
}

const received: RecordedReport[] = [];

export function recordReport(report: unknown): RecordedReport {
  const entry = { receivedAt: new Date().toISOString(), report };
  received.push(entry);
  return entry;
}

export function receivedReports(): readonly RecordedReport[] {
  return received;
}
