-- fsep/fcat/sep/cat over text read from stdin at many widths and ribbons,
-- with nesting and hang inside the filled items.
import Prelude hiding ((<>))
import Text.PrettyPrint

main :: IO ()
main = do
  ws <- fmap words getContents
  let items = map text ws
      mixed = [if even i then nest (i `mod` 5) d else hang d 2 (text "~") | (i, d) <- zip [0 :: Int ..] (take 25 items)]
  mapM_
    ( \(w, r) -> do
        let st = Style PageMode w r
        putStrLn ("# " ++ show (w, r))
        putStrLn (renderStyle st (fsep items))
        putStrLn (renderStyle st (fcat (take 30 items)))
        putStrLn (renderStyle st (text "items:" <+> fsep mixed))
        putStrLn (renderStyle st (cat (take 6 items) $$ sep (take 8 items)))
        putStrLn (renderStyle st (hang (text "head") 3 (fsep (punctuate semi (take 12 items)))))
    )
    [(w, r) | w <- [8, 17, 33, 64], r <- [1, 1.5, 4]]
