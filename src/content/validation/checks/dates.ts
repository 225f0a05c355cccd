import type { Check } from '../context';
import type { NoticeDefinition } from '../notice';

export const datesNotices: NoticeDefinition[] = [];

export const checkDates: Check = () => [];
