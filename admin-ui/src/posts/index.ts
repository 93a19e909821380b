import { PostShow } from './PostShow';

/** Posts (Art. 11, 12): the page lists the post's officers and the powers decomposed to it. */
export const posts = { show: PostShow, rowClick: 'show' as const };
export { PostShow };
