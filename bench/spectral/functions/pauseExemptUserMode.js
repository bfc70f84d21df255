// KDUS-CC-03 (customer-kill-switch), the cross-reference part: no update channel whose category is exempt from
// the customer's pause may be parsed anywhere but in user mode. Matching channels against a list declared
// elsewhere in the document is beyond JSON Schema.
import { asList, eq } from './lib/kdus.js';

export default function pauseExemptUserMode(doc) {
  const exempt = doc?.customerControls?.pauseExemptCategories;
  if (!Array.isArray(exempt)) return;
  const results = [];
  asList(doc.updateChannels).forEach((ch, i) => {
    if (exempt.includes(ch?.category) && !eq(ch?.parsedIn, 'user')) {
      results.push({ message: `channel ${ch?.id} (category ${ch?.category}) is exempt from the customer's pause but parsed in ${ch?.parsedIn ?? 'an undeclared place'}, not in user mode`, path: ['updateChannels', i, 'parsedIn'] });
    }
  });
  return results;
}
