import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::interference-record.interference-record');
