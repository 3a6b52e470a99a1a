package org.youcheng.registry;

/** A country (ISO 3166-1), with the continent and strategy region its ties are counted under. */
public record Country(
        String code, String nameZh, String nameEn, Continent continent, Region region, boolean diplomatic) {

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
