import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::interference-record.interference-record');
