// KDUS-KS-03 (kernel-components-justified), the counting part: at most `max` kernel- or boot-privileged
// components per platform. Counting the items of a list that share a value with the target is beyond JSON Schema.
import { asList, eq } from './lib/kdus.js';

export default function kernelPerPlatform(component, o, context) {
  const n = asList(context.document.data?.components).filter((c) => eq(c?.platform, component?.platform) && o.kernelPrivileges.includes(c?.privilege)).length;
  if (!(n <= o.max)) return [{ message: `${n} kernel components on ${component?.platform}, more than ${o.max}`, path: [...context.path, 'platform'] }];
}
