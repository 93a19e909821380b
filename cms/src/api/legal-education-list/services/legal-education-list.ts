import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::legal-education-list.legal-education-list');
