import type { Check } from '../context';
import type { NoticeDefinition } from '../notice';

export const overlapNotices: NoticeDefinition[] = [];

export const checkOverlap: Check = () => [];
