-- Pseudo-random documents built from every combinator (a fixed linear
-- congruential generator), rendered in every mode at several widths: any
-- difference from the real library's layout shows here.
import Prelude hiding ((<>))
import Text.PrettyPrint

next :: Int -> Int
next s = (s * 1103515245 + 12345) `mod` 2147483648

pick :: Int -> Int -> Int
pick s n = (s `div` 65536) `mod` n

gen :: Int -> Int -> (Doc, Int)
gen 0 s = leaf s
gen d s =
  let s1 = next s
   in case pick s1 14 of
        0 -> leaf s1
        1 -> bin (<>) s1
        2 -> bin (<+>) s1
        3 -> bin ($$) s1
        4 -> bin ($+$) s1
        5 -> many sep s1
        6 -> many cat s1
        7 -> many fsep s1
        8 -> many fcat s1
        9 -> let (a, s2) = gen (d - 1) s1 in (nest (pick s2 7 - 2) a, next s2)
        10 -> let (a, s2) = gen (d - 1) s1; (b, s3) = gen (d - 1) s2 in (hang a (pick s3 5) b, next s3)
        11 -> let (ds, s2) = list (d - 1) s1 in (hsep (punctuate comma ds), s2)
        12 -> let (ds, s2) = list (d - 1) s1 in (vcat ds, s2)
        _ -> let (a, s2) = gen (d - 1) s1 in (parens a, s2)
  where
    bin op s1 = let (a, s2) = gen (d - 1) s1; (b, s3) = gen (d - 1) s2 in (op a b, s3)
    many f s1 = let (ds, s2) = list (d - 1) s1 in (f ds, s2)

list :: Int -> Int -> ([Doc], Int)
list d s = go (pick s 5) (next s)
  where
    go 0 s' = ([], s')
    go k s' = let (x, s2) = gen d s'; (xs, s3) = go (k - 1) s2 in (x : xs, s3)

leaf :: Int -> (Doc, Int)
leaf s =
  let s1 = next s
      ws = ["a", "bb", "ccc", "dddd", "eeeee", "function", "x1", "longer_identifier", "", "z"]
   in case pick s1 6 of
        0 -> (empty, s1)
        1 -> (int (pick s1 1000), s1)
        2 -> (char (toEnum (97 + pick s1 26)), s1)
        _ -> (text (ws !! pick s1 10), s1)

docs :: [Doc]
docs = take 60 (go 2024)
  where
    go s = let (d, s') = gen 4 s in d : go (next s')

main :: IO ()
main =
  mapM_
    ( \(i, d) -> do
        putStrLn ("### " ++ show i)
        mapM_ (\st -> putStrLn (renderStyle st d) >> putStrLn "~") styles
    )
    (zip [1 :: Int ..] docs)
  where
    styles = [Style m w r | (m, w, r) <- [(PageMode, 20, 1.5), (PageMode, 40, 1), (PageMode, 80, 2), (ZigZagMode, 16, 1), (LeftMode, 10, 1), (OneLineMode, 10, 1)]]
