import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::legal-education-list.legal-education-list');
