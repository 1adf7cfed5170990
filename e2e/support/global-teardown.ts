export { default } from '../../server/test/global-teardown';
