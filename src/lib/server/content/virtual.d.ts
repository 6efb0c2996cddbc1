// The module plugin.ts provides: every file of the content folder, by its writer's name
// ("content/flows.yaml"), as text.
declare module 'virtual:content-files' {
  const files: Record<string, string>;
  export default files;
}
