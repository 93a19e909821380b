import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::adjustment-task.adjustment-task');
