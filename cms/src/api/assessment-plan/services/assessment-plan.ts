import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::assessment-plan.assessment-plan');
