-- Arrays indexed by Char and Bool: substitution ciphers and lookup tables.
import Data.Array
import Data.Char (isLower, isUpper, toUpper, ord, chr)

alphabet :: (Char, Char)
alphabet = ('a', 'z')

rot :: Int -> Array Char Char
rot k = listArray alphabet [ chr ((ord c - ord 'a' + k) `mod` 26 + ord 'a') | c <- range alphabet ]

keyed :: String -> Array Char Char
keyed key = listArray alphabet (dedup (key ++ range alphabet))
  where
    dedup [] = []
    dedup (x : xs) = x : dedup (filter (/= x) xs)

invert :: Array Char Char -> Array Char Char
invert t = array alphabet [ (v, k) | (k, v) <- assocs t ]

encode :: Array Char Char -> String -> String
encode t = map enc
  where
    enc c
      | isLower c = t ! c
      | isUpper c = toUpper (t ! toEnum (fromEnum c + 32))
      | otherwise = c

vowel :: Array Char Bool
vowel = accumArray (||) False alphabet [ (v, True) | v <- "aeiou" ]

-- Scrabble letter scores as a Char-indexed table.
scores :: Array Char Int
scores = array alphabet
  [ (c, s) | (s, cs) <- [(1, "aeilnorstu"), (2, "dg"), (3, "bcmp"), (4, "fhvwy"), (5, "k"), (8, "jx"), (10, "qz")], c <- cs ]

score :: String -> Int
score = sum . map (scores !)

main :: IO ()
main = do
  let msg = "Hello, World! Arrays indexed by Char."
      r13 = rot 13
  putStrLn (encode r13 msg)
  putStrLn (encode r13 (encode r13 msg))
  putStrLn (encode (rot 3) msg)
  let k = keyed "zebras"
  putStrLn (elems k)
  putStrLn (encode k msg)
  putStrLn (encode (invert k) (encode k msg))
  print (bounds r13, r13 ! 'a', rangeSize alphabet, index alphabet 'q', inRange alphabet 'A')
  print (filter (vowel !) (filter isLower "programming in Haskell"))
  print [ (w, score w) | w <- words "quiz jazz array index lazy" ]
  print (listArray ('x', 'z') "XYZ")
  print (listArray (False, True) "ny" ! True)
  let counts = accumArray (+) 0 ('a', 'e') [ (c, 1 :: Int) | c <- "abracadabra", inRange ('a', 'e') c ]
  print counts
  print (range ('m', 'r'), range ((False, 'a'), (True, 'b')))
  print (ixmap ('a', 'e') succ (listArray ('b', 'f') [1 .. 5 :: Int]))
