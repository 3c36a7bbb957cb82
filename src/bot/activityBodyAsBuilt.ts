// botbuilder's connector client copies every reply through the Activity model's mapper, property
// by property with its type checks, and JSON.stringify then writes the copy: about 40 KB of
// garbage a reply, with the CPU to make it. The activity botbuilder built is plain JSON data whose
// names are already the wire names, so the copy is skipped and the activity itself is written.
// The URL, headers, authentication, retries, errors and the response are handled as before.
import type { ConnectorClient } from 'botframework-connector';

type OperationSpec = Parameters<ConnectorClient['sendOperationRequest']>[1];

const asBuilt = new WeakMap<OperationSpec, OperationSpec>();

/** The same operation, its Activity body taken as it is (Object: only checked to be an object). */
function bodyAsBuilt(spec: OperationSpec): OperationSpec {
  const body = spec.requestBody;
  if (!body || body.mapper.type.name !== 'Composite' || body.mapper.type.className !== 'Activity') return spec;
  let lean = asBuilt.get(spec);
  if (!lean) {
    lean = { ...spec, requestBody: { ...body, mapper: { ...body.mapper, type: { name: 'Object' } } } };
    asBuilt.set(spec, lean);
  }
  return lean;
}

/** Makes the client send activities (replies, proactive messages, updates) as built. */
export function sendActivitiesAsBuilt(client: ConnectorClient): ConnectorClient {
  if (typeof client.sendOperationRequest !== 'function') return client;
  const send = client.sendOperationRequest.bind(client);
  client.sendOperationRequest = ((args, spec) => send(args, bodyAsBuilt(spec))) as ConnectorClient['sendOperationRequest'];
  return client;
}
