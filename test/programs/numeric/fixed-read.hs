import Data.Fixed

main :: IO ()
main = do
  print (read "1.25" :: Milli, read "-3" :: Centi, read "0.1234567" :: Micro, reads "2.5 x" :: [(Deci, String)])
  print (read "( 7.5 )" :: Deci, read "[1.5,2]" :: [Centi], read "0x10" :: Milli, reads "1e3" :: [(Milli, String)])
  print (reads "-0.5" :: [(Pico, String)], read " 12 " :: Uni, read "3.999" :: Deci)
  print (read "Just 2.5" :: Maybe Milli)
  print (read "1.5.2" :: Centi)
