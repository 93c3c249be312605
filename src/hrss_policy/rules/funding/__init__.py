"""三（五） 加强服务机构经费保障: the coordinators' wage subsidies (:mod:`.subsidy`) and
the checks of what was paid and budgeted (:mod:`.payment`)."""
