import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::public-rating.public-rating');
