// Officers (Art. 19, 20, 8): the officer's page with the certificate lifecycle, and the training
// hours page; lists, forms and filters stay the generic ones.
import { OfficerShow } from './OfficerShow';

export const officers = { show: OfficerShow, rowClick: 'show' as const };
export { OfficerShow };
export { CertificatePanel } from './CertificatePanel';
export { TrainingHoursPage, TRAINING_HOURS_PATH } from './TrainingHoursPage';
export { CertificateApiContext, serverCertificateApi, type CertificateApi } from './api';
export { PublicCertificateCheck } from './PublicCertificateCheck';
