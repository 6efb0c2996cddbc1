/** The vnu-jar package exports the path of the Nu Html Checker's vnu.jar. */
declare module 'vnu-jar' {
  const path: string;
  export default path;
}
