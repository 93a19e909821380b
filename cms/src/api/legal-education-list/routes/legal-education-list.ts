import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::legal-education-list.legal-education-list');
