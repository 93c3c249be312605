"""The command's documents: the 报送 report and the 通报 as data (:mod:`.records`), and
written as HTML (:mod:`.html`) or ``.xlsx`` workbooks (:mod:`.xlsx`)."""
