package pl.wspolnie.partnership;

/**
 * Kind of local government unit: gmina, powiat, województwo, or an organisational unit
 * (JOST).
 */
public enum JstType {

    GMINA, POWIAT, WOJEWODZTWO, UNIT

}
