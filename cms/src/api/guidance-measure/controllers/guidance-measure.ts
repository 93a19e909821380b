import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::guidance-measure.guidance-measure');
