-- The text each parse specifier matches under each padding modifier,
-- seen through a ParseTime instance of our own (Data.Time.Format.Internal)
-- that returns the (specifier, text) pairs it is given.
import Data.Proxy
import Data.Time
import Data.Time.Format.Internal

newtype Raw = Raw [(Char, String)] deriving (Show)

instance ParseTime Raw where
  parseTimeSpecifier _ = parseTimeSpecifier (Proxy :: Proxy ZonedTime)
  substituteTimeSpecifier _ = substituteTimeSpecifier (Proxy :: Proxy ZonedTime)
  buildTime _ ps = Just (Raw ps)

newtype RawD = RawD [(Char, String)] deriving (Show)

instance ParseTime RawD where
  parseTimeSpecifier _ = parseTimeSpecifier (Proxy :: Proxy NominalDiffTime)
  substituteTimeSpecifier _ = substituteTimeSpecifier (Proxy :: Proxy NominalDiffTime)
  buildTime _ ps = Just (RawD ps)

main :: IO ()
main = do
  let inputs = ["0", "12", "12345", "-12", " 7", "007", "Mar", "MARCH", "thu", "Thursday", "pm", "1.5", ".5", "+0100", "+01:00", "EST", "Z"]
      pads = ["", "-", "_", "0", "E", "_E"]
  mapM_ (\c -> putStrLn (c : ' ' : unwords [show (readSTime False defaultTimeLocale ('%' : p ++ [c]) i :: [(Raw, String)]) | p <- pads, i <- inputs]))
    "aAbBhCdeGgfHIjklmMpPqQsSuUVwWyYzZv"
  mapM_ (\c -> putStrLn (c : ' ' : unwords [show (readSTime False defaultTimeLocale ('%' : p ++ [c]) i :: [(RawD, String)]) | p <- pads, i <- ["0", "12", "-12", " 7", "1.5", "-1.5", "1.", "abc"]]))
    "ybBwdDhHmMsSE"
  print [(c, substituteTimeSpecifier (Proxy :: Proxy Day) defaultTimeLocale c, substituteTimeSpecifier (Proxy :: Proxy NominalDiffTime) defaultTimeLocale c) | c <- ['a' .. 'z'] ++ ['A' .. 'Z']]
  print (buildTime defaultTimeLocale [('Y', "2010"), ('m', "3"), ('d', "4")] :: Maybe Day, buildTime defaultTimeLocale [('B', "march"), ('a', "mon")] :: Maybe Day)
  print (buildTime defaultTimeLocale [('Z', "pst")] :: Maybe TimeZone, buildTime defaultTimeLocale [('p', "pm"), ('H', "3")] :: Maybe TimeOfDay)
