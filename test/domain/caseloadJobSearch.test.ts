import { describe, expect, it } from 'vitest';
import { caseloadJobSearch } from '../../src/messages/en/caseload.ts';

const joined = new Date('2026-05-01T09:00:00Z');
const client = { consentedAt: joined, createdAt: joined } as never;
const none = { applications: 0, interviews: 0, contacts: 0, firstContactAt: null };

describe("the caseload's job-search words", () => {
  it('counts the days since joining until a first employer contact, and marks the 30-day point', () => {
    expect(caseloadJobSearch({ client, jobSearch: none, job: null }, new Date('2026-05-11T09:00:00Z'), 'Europe/London')).toBe(' Not spoken to an employer yet: day 10.');
    expect(caseloadJobSearch({ client, jobSearch: none, job: null }, new Date('2026-06-05T09:00:00Z'), 'Europe/London')).toBe(
      ' Not spoken to an employer yet: day 35, past the 30-day mark.',
    );
  });

  it('shows what was logged and the day of the first contact', () => {
    const logged = { applications: 2, interviews: 1, contacts: 0, firstContactAt: new Date('2026-05-06T10:00:00Z') };
    expect(caseloadJobSearch({ client, jobSearch: logged, job: null }, new Date('2026-05-20T09:00:00Z'), 'Europe/London')).toBe(
      ' 2 jobs applied for, 1 interview. First spoke to an employer on day 5.',
    );
  });

  it('says where and since when a client in work is working', () => {
    const job = { employer: 'Tesco', startsOn: new Date('2026-06-14T23:00:00Z') };
    expect(caseloadJobSearch({ client, jobSearch: none, job }, new Date('2026-06-20T09:00:00Z'), 'Europe/London')).toBe(' In work at Tesco from Monday 15 June.');
  });
});
