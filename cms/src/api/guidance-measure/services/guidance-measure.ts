import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::guidance-measure.guidance-measure');
