import type { NoticeDefinition } from './notice';

export const structureNotices: NoticeDefinition[] = [];
