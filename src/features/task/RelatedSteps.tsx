import { Link } from 'react-router';
import type { CatalogueItem } from '../../content/catalogue';
import { Text } from '../../shared/ui/Text';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

/** A titled list of links to other steps, such as what to do first or what this step unlocks. */
export function RelatedSteps({ id, heading, steps }: { id: string; heading: string; steps: CatalogueItem[] }) {
  const lang = useLang();
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {steps.map((step) => (
          <li key={step.id}>
            <Link to={paths.task(lang, step.id)}>
              <Text value={step.title} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
