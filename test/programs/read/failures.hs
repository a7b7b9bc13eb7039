-- readMaybe / readEither failures and read's error
import Text.Read
main :: IO ()
main = do
  print (readMaybe "12x" :: Maybe Int)
  print (readMaybe "" :: Maybe Int)
  print (readMaybe "  7  " :: Maybe Int)
  print (readEither "Just" :: Either String (Maybe Int))
  print (readEither "[1,2" :: Either String [Int])
  print (readEither "(1,2" :: Either String (Int, Int))
  print (readMaybe "1.5" :: Maybe Int)
  print (readMaybe "0x10" :: Maybe Int, readMaybe "1e3" :: Maybe Integer)
  print (readMaybe "'ab'" :: Maybe Char)
  print (readMaybe "\"\\1114112\"" :: Maybe String)
  print (readMaybe "Just (1)" :: Maybe (Maybe Int))
  print (readMaybe "[,]" :: Maybe [Int])
  print (read "oops" :: Int)
