import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::enforcement-record.enforcement-record');
