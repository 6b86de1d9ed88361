export * from './filterSpec';
export { readFilterSpec } from './readFilterSpec';
export { selectRows, selectByCustomer, customerMask, customerCodeMask } from './selectRows';
export type { FilterTable, JoinedCustomers } from './selectRows';
export { takeRows, takeColumn } from './takeRows';
export { joinCustomers } from './joinCustomers';
