/** The municipal-dx JSON contract for Jackson 3 ({@code tools.jackson}). */
module org.municipaldx.jackson3 {
  requires transitive org.municipaldx.core;
  requires transitive tools.jackson.databind;

  exports org.municipaldx.jackson3;
}
