// The target value must be a member of a list found elsewhere in the same document, e.g. a channel's category
// among customerControls.contentCategories. JSON Schema cannot compare two parts of a document, hence a function.
//   path:  dot path of the list from the document root
//   key:   compare with this property of each list item instead of the item itself
//   where: { field, values } keep only list items whose `field` is one of `values`
//   ifDefined: say nothing when the target is missing (another check of the rule reports it)
import { asList, eq, get, isDefined, show } from './lib/kdus.js';

export default function inList(value, options, context) {
  if (options.ifDefined && !isDefined(value)) return;
  const list = get(context.document.data, options.path);
  let items = asList(list);
  if (options.where) items = items.filter((x) => options.where.values.includes(x?.[options.where.field]));
  const found = options.key ? items.some((x) => eq(x?.[options.key], value)) : Array.isArray(list) && items.includes(value);
  if (!found) {
    const what = options.key ? `${options.path}[*].${options.key}` : options.path;
    return [{ message: `${show(value)} is not among ${what}${options.where ? ` (${options.where.field} in ${options.where.values.join('/')})` : ''}` }];
  }
}
