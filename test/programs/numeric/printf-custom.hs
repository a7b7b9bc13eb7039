import Text.Printf

newtype Meters = Meters Double
instance PrintfArg Meters where
  formatArg (Meters d) fmt
    | fmtChar (vFmt 'm' fmt) == 'm' = formatRealFloat d fmt { fmtChar = 'f' } . showString " m"
    | otherwise = errorBadFormat (fmtChar fmt)

data Color = Red | Green
instance PrintfArg Color where
  formatArg c fmt = formatString (case c of Red -> "red"; Green -> "green") (vFmt 's' fmt)

newtype Code = Code Int
instance PrintfArg Code where
  formatArg (Code n) = formatInt n
  parseFormat _ ('#' : c : rest) = FormatParse "#" c rest
  parseFormat _ s = FormatParse "" (head s) (tail s)

newtype Big = Big Integer
instance PrintfArg Big where
  formatArg (Big n) fmt = formatInteger n fmt

newtype Ch = Ch Char deriving Show
instance IsChar Ch where
  toChar (Ch c) = c
  fromChar = Ch

describe :: FieldFormat -> String
describe f = show (fmtWidth f, fmtPrecision f, fmtAlternate f, fmtModifiers f, fmtChar f, adj (fmtAdjust f), sgn (fmtSign f))
  where adj Nothing = "none"
        adj (Just LeftAdjust) = "left"
        adj (Just ZeroPad) = "zero"
        sgn Nothing = "none"
        sgn (Just SignPlus) = "plus"
        sgn (Just SignSpace) = "space"

newtype Spy = Spy ()
instance PrintfArg Spy where
  formatArg _ f = showString (describe f)
  parseFormat _ s = case s of
    'L' : c : r -> FormatParse "L" c r
    c : r -> FormatParse "" c r
    [] -> errorShortFormat

main :: IO ()
main = do
  printf "%m|%8.2m|%v\n" (Meters 3.14159) (Meters 2) (Meters 1.5)
  printf "%s and %-6s|%6v|\n" Red Green Red
  printf "%d %5x %#o\n" (Code 42) (Code 255) (Code 8)
  printf "%d %x\n" (Big (2 ^ 65)) (Big 255)
  printf "[%-+08.3Ld] [% 5v] [%#x]\n" (Spy ()) (Spy ()) (Spy ())
  printf "[%*.*v]\n" (7 :: Int) (2 :: Int) (Spy ())
  print (printf "%d-%s" (5 :: Int) "ab" :: [Ch])
  putStrLn (formatChar 'x' (FieldFormat (Just 4) Nothing Nothing Nothing False "" 'c') "!")
  putStrLn (formatString "hello" (FieldFormat (Just 8) (Just 3) (Just LeftAdjust) Nothing False "" 's') "|")
  putStrLn (formatInt (-42 :: Int) (FieldFormat (Just 6) Nothing (Just ZeroPad) (Just SignPlus) False "" 'd') "")
  putStrLn (formatInteger 255 (FieldFormat Nothing (Just 4) Nothing Nothing True "" 'X') "")
  putStrLn (formatRealFloat (2.5 :: Double) (FieldFormat (Just 9) (Just 2) Nothing (Just SignSpace) False "" 'e') "")
  let FormatParse m c r = parseFormat (0 :: Int) "lld rest"
  print (m, c, r)
  print (fpModifiers (parseFormat 'x' "hx"), fpChar (parseFormat "s" "s!"), fpRest (parseFormat (1.5 :: Double) "f.."))
  printf "%y\n" (Meters 1)
