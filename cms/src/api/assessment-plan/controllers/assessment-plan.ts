import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::assessment-plan.assessment-plan');
