import type { Check } from '../context';
import type { NoticeDefinition } from '../notice';

export const htmlNotices: NoticeDefinition[] = [];

export const checkHtml: Check = () => [];
