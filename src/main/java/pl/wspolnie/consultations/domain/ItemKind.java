package pl.wspolnie.consultations.domain;

public enum ItemKind {

    CHAPTER, PARAGRAPH

}
