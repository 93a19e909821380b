import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::case-interpretation.case-interpretation');
