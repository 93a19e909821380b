import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::legal-basis.legal-basis');
