// Any path no other route matches: the root ErrorBoundary shows the Dutch 404 page.
export async function loader() {
  throw new Response(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
