-- Nested Maybe / Either / lists / tuples
main :: IO ()
main = do
  print (read "Just (Just Nothing)" :: Maybe (Maybe (Maybe Int)))
  print (read "[Left 1, Right \"a\", Left (-3)]" :: [Either Int String])
  print (read "([1,2],(True,'x'),Just [(1,2)])" :: ([Int], (Bool, Char), Maybe [(Int, Int)]))
  print (read "(1,2,3,4,5,6,7)" :: (Int,Int,Int,Int,Int,Int,Int))
  let (a,b,c,d,e,f,g,h,i,j) = read "(1,2,3,4,5,6,7,8,9,10)" :: (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int)
  print [a,b,c,d,e,f,g,h,i,j]
  print (read "[[1],[],[2,3]]" :: [[Integer]])
  print (read "  [ ( ) , () ] " :: [()])
  print (read "Right (Left LT)" :: Either Bool (Either Ordering ()))
  print (read "\"hello\\nworld\"" :: String)
  print (read "['a','\\'','\\\\']" :: String)
  print (read "(\"a\",[\"b\",\"c\"])" :: (String, [String]))
  print (read "Just -3" :: Maybe Int)
  print (read "[1.5,-2,3e-2]" :: [Double])
