import type { Check } from '../context';
import type { NoticeDefinition } from '../notice';

export const linksNotices: NoticeDefinition[] = [];

export const checkLinks: Check = () => [];
