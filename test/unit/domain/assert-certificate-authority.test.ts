import { ARTICLE, assertCertificateAuthority, assertCertificateFieldsUnchanged, type CertificateActor } from '../../../cms/src/domain';
import { loadConfig } from '../../../config/src';
import { expectFailure, expectOk } from './expect-rule';

const config = loadConfig();
const action = (key: string) => {
  const found = config.certificates.actions.find((a) => a.key === key);
  if (!found) throw new Error(`no action ${key}`);
  return found;
};
const justice = (tier: string): CertificateActor => ({ role: 'justice-reviewer', tier, supervises: true });

describe('who decides on certificates (Art. 19, with Art. 5)', () => {
  test('第十九条: CERTIFICATE_AUTHORITY cites the article; every role named in config/certificates.json exists in config/roles.json', () => {
    expect(ARTICLE.CERTIFICATE_AUTHORITY).toBe('第十九条');
    const roles = config.roles.map((r) => r.type);
    for (const a of config.certificates.actions) for (const role of a.roles) expect(roles).toContain(role);
  });

  test.each<{ title: string; key: string; actor: CertificateActor }>([
    { title: '第十九条: the region justice department issues', key: 'issue', actor: justice('region') },
    { title: '第十九条: the region justice department revokes', key: 'revoke', actor: justice('region') },
    { title: '第十九条: a county justice department reviews (年审)', key: 'review', actor: justice('county') },
    { title: '第十九条: a league justice department suspends', key: 'suspend', actor: justice('league') },
    { title: '第十九条: a county justice department gives back', key: 'reinstate', actor: justice('county') },
  ])('$title', ({ key, actor }) => {
    expectOk(assertCertificateAuthority(action(key), actor));
  });

  test.each<{ title: string; key: string; actor: CertificateActor; says: string }>([
    { title: '第十九条: a county justice department does not issue', key: 'issue', actor: justice('county'), says: '自治区司法行政部门' },
    { title: '第十九条: a league justice department does not revoke', key: 'revoke', actor: justice('league'), says: '自治区司法行政部门' },
    { title: '第十九条: a department editor does not suspend', key: 'suspend', actor: { role: 'dept-editor', tier: 'county', supervises: false }, says: '司法行政部门' },
    { title: '第十九条: a government administrator does not review', key: 'review', actor: { role: 'gov-admin', tier: 'region', supervises: false }, says: '司法行政部门' },
    { title: '第十九条: a justice reviewer outside a justice department does not act', key: 'review', actor: { role: 'justice-reviewer', tier: 'county', supervises: false }, says: '司法行政部门' },
    { title: '第十九条: nobody expires a certificate by hand', key: 'expire', actor: justice('region'), says: '自动' },
  ])('$title', ({ key, actor, says }) => {
    expect(expectFailure(assertCertificateAuthority(action(key), actor), 'CERTIFICATE_AUTHORITY', 'action').message).toContain(says);
  });

  test('第十九条: a plain edit changing a certificate field is refused on that field; other fields pass', () => {
    expectOk(assertCertificateFieldsUnchanged(['phone', 'posts']));
    expectFailure(assertCertificateFieldsUnchanged(['phone', 'certificateExpiresAt']), 'CERTIFICATE_AUTHORITY', 'certificateExpiresAt');
    expectFailure(assertCertificateFieldsUnchanged(['status']), 'CERTIFICATE_AUTHORITY', 'status');
  });
});
